module example.com/pairptr

go 1.22
