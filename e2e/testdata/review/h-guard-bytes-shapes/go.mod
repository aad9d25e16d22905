module example.com/bshapes

go 1.22
