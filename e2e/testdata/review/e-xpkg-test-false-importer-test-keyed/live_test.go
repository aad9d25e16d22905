package repro

import "example.com/repro/cfg"

// liveMessages is the live smoke check the tests run against Whispir.
func liveMessages(key string) error {
	return Ping(cfg.Base + "/messages?apikey=" + key)
}
