package repro

func Hook() error {
	return send("https://hooks.example.com/x")
}
