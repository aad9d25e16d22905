package suppress

const a = "https://api.whispir.com" //whispirlint:ignore WL01 a recorded fixture, never called

//whispirlint:ignore WL01 the line below only
const b = "https://api.whispir.com"

const c = "https://api.whispir.com" // want "WL01"

// d is a declaration whose findings are all ignored by its doc comment.
//
//whispirlint:ignore WL01 kept for the replay tests
var d = []string{
	"https://api.whispir.com/a",
	"https://api.whispir.com/b",
}

const e = "https://api.whispir.com" //nolint:whispirlint // golangci-lint style, reason optional

const f = "https://api.whispir.com" //nolint:gosec,whispirlint

const g = "https://api.whispir.com" /* want "WL01" "WL90: unused suppression directive: no WL02 finding here" */ //whispirlint:ignore WL02 the wrong rule

const h = "https://api.whispir.com" /* want "WL90: suppression directive without a reason" */ //whispirlint:ignore WL01

const i = "https://api.whispir.com" /* want "WL01" "WL90: suppression directive names \"WL99\", which is not a rule" */ //whispirlint:ignore WL99 no such rule

const j = "https://api.au.whispir.com" /* want "WL90: unused suppression directive: no finding here" */ //nolint:whispirlint

const k = "https://api.whispir.com" /* want "WL01" */ //nolint:errcheck
