package cfg_test

import "example.com/repro/cfg"

func liveMessages(key string) error {
	return cfg.Ping(cfg.Base + "/messages?apikey=" + key)
}
