package credenv

// Have: a header value in a package variable, in a file without imports.
var auth = "Basic Ym9iOmh1bnRlcjI=" // want `WL11: .*\(BASIC_AUTH_USERNAME, BASIC_AUTH_PASSWORD\)`

// Have: a constant, which cannot become a call.
const constAuth = "Basic Ym9iOmh1bnRlcjI=" // want `WL11: .*; it is declared as a constant: read it from the environment where it is used, by hand`
