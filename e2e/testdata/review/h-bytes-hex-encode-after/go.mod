module example.com/hexafter

go 1.22
