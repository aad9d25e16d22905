package credbasic

// The password of split.go's call: the call's file holds no word of a
// credential, only a call of SetBasicAuth with a constant password.
const splitPassword = "wonderland"
