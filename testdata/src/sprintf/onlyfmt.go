package sprintf

import (
	"fmt"
	"net/http"
)

// Kept: the file's only uses of fmt are key formats, which other fixes may
// rewrite too; collapsing them could leave fmt imported and unused.
func Workspaces(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.whispir.com/workspaces?apikey=%s", key)) // want `WL02`
}

func Contacts(key string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://api.whispir.com/contacts?apikey=%s", key)) // want `WL02`
}
