package x

import (
	"net/http"
	"os"
)

var order []string

func f() string { order = append(order, "f"); return "a" }
func g() string { order = append(order, "g"); return os.Getenv("WHISPIR_API_KEY") }
func h() string { order = append(order, "h"); return os.Getenv("WHISPIR_OTHER_KEY") }

func M1() {
	a, u := f(), "https://api.whispir.com/m1/"+a0()+"?apikey="+g()
	order = append(order, a)
	http.Get(u)
}

func a0() string { order = append(order, "a0"); return "x" }

func M2() {
	u1, u2 := "https://api.whispir.com/a?apikey="+g(), "https://api.whispir.com/b?apikey="+h()
	http.Get(u1)
	http.Get(u2)
}

func M3(ch chan int) {
	select {
	case <-ch:
	default:
		u := "https://api.whispir.com/m3/" + f() + "?apikey=" + g() // trailing
		http.Get(u)
	}
}
