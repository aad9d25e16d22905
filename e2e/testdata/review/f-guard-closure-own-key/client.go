package x

import (
	"net/http"
	"os"
)

func G() {
	u := "https://api.whispir.com/a?apikey=" + os.Getenv("WHISPIR_A_KEY")
	do := func() {
		resp, err := http.Get("https://api.whispir.com/b?apikey=" + os.Getenv("WHISPIR_B_KEY"))
		if err == nil {
			resp.Body.Close()
		}
	}
	do()
	resp, err := http.Get(u)
	if err == nil {
		resp.Body.Close()
	}
	do()
}
