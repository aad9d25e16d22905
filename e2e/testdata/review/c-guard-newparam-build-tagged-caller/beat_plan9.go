package repro

// Beat pings the status page (plan9 builds only).
func Beat() error { return send("https://status.example.com/beat") }
