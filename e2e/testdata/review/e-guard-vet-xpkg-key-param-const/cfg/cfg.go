package cfg

// Base is the Whispir API.
const Base = "https://api.whispir.com"
