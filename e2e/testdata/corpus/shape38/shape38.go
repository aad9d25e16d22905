// Package shape38 mirrors twelve-factor services that read the key from
// the environment right in the call (os.Getenv("WHISPIR_API_KEY")), with
// the package-level http.Get.
package shape38

import (
	"net/http"
	"os"
)

// Shape38 checks that the API answers, keyed from the environment.
func Shape38() (int, error) {
	resp, err := http.Get("https://api.whispir.com/workspaces?apikey=" + os.Getenv("WHISPIR_API_KEY") + "&limit=1")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
