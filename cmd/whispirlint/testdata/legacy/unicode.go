package legacy

// Have: the host after non-ASCII text on the same line. SARIF columns count
// UTF-16 code units: 𝔘 is two of them (and four bytes), é is one (two bytes).
var 𝔘rl, café = "http://api.whispir.com/contacts", "é"
