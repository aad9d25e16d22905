module example.com/halias

go 1.22
