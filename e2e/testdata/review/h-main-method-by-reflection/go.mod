module example.com/reflmain

go 1.22
