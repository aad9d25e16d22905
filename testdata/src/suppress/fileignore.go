//whispirlint:file-ignore WL01,WL02 fixtures recorded from the legacy API

package suppress

func l(key string) string { return "https://api.whispir.com/messages?apikey=" + key }

const m = "https://api.whispir.com"
