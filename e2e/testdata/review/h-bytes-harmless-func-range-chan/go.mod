module example.com/rangechan

go 1.22
