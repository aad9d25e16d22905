module example.com/mapcb

go 1.22
