module example.com/canon

go 1.22
