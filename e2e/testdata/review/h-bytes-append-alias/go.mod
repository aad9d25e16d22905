module example.com/appendalias

go 1.22
