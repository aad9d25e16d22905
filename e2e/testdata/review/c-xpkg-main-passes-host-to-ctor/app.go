package main

import (
	"log"
	"os"

	"example.com/repro/client"
)

// run talks to Whispir through the client package.
func run(key string) error {
	c := client.New("https://api.whispir.com", key)
	if err := c.Messages(); err != nil {
		return err
	}
	return c.Contacts()
}

func main() {
	if err := run(os.Getenv("WHISPIR_KEY")); err != nil {
		log.Fatal(err)
	}
}
