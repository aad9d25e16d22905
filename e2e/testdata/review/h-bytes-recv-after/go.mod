module example.com/recvafter

go 1.22
