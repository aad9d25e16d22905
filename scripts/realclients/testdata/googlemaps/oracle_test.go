package whispirlintoracle

import (
	"context"
	"testing"

	"googlemaps.github.io/maps"
)

func TestOracle(t *testing.T) {
	c, err := maps.NewClient(maps.WithAPIKey(Key), maps.WithHTTPClient(client()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	const ok = `{"status": "OK"}`
	call(t, "Geocode", ok, func() error {
		_, err := c.Geocode(ctx, &maps.GeocodingRequest{Address: "1 Martin Place, Sydney"})
		return err
	})
	call(t, "Elevation", ok, func() error {
		_, err := c.Elevation(ctx, &maps.ElevationRequest{Locations: []maps.LatLng{{Lat: -33.86, Lng: 151.21}}})
		return err
	})
	call(t, "Directions", ok, func() error {
		_, _, err := c.Directions(ctx, &maps.DirectionsRequest{Origin: "Sydney", Destination: "Melbourne"})
		return err
	})
	call(t, "SnapToRoad", ok, func() error {
		_, err := c.SnapToRoad(ctx, &maps.SnapToRoadRequest{Path: []maps.LatLng{{Lat: -33.86, Lng: 151.21}}})
		return err
	})
}
