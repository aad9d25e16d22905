package cfg

// Base is the Whispir API.
//
//whispirlint:ignore WL01 overridden in production by config
const Base = "https://api.whispir.com"
