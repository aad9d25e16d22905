package hostileline

// The /*line*/ form, mapping the rest of its line to this file's line 6.
var Other = /*line block.go:6:13*/ "http://api.app.whispir.it/v1" // want `WL01: .*//line directives`
