module example.com/dotenv

go 1.26
