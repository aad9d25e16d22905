// Package dotenv sends its Whispir requests to the base URL kept in a .env
// file: its Go code is migrated already, its configuration is not.
package dotenv

import (
	"bufio"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// LoadEnv reads the NAME=VALUE lines of a .env file.
func LoadEnv(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	env := make(map[string]string)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s: not NAME=VALUE: %q", path, line)
		}
		env[name] = strings.Trim(value, `"'`)
	}
	return env, sc.Err()
}

// ListWorkspaces asks Whispir for the account's workspaces.
func ListWorkspaces(client *http.Client, baseURL, key string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+"/workspaces", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", key)
	return client.Do(req)
}
