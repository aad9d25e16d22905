// Package provider keeps provider URLs in exported constants, used by the
// sinch and infobip test packages from files that name no provider.
package provider

const (
	FaxURL       = "https://fax.api.sinch.com/v3"
	SMSQueryURL  = "https://acme.api.infobip.com/sms/1/text/query"
	SinchAuthURL = "https://auth.sinch.com/oauth2/token"
)
