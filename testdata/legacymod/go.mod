module example.com/legacymod

go 1.22
