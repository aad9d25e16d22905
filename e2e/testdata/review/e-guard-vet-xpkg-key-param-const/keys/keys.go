package keys

// Param is the query parameter that carries the API key.
const Param = "apikey"
