package hostileescapes

// Nothing in this file's text says Whispir: only the values of its
// literals do, so the file's fast path must read values, not text.
var OnlyEscaped = "https://api.\x77hispir.com/v1" // want `WL01: retired Whispir host api.whispir.com`
