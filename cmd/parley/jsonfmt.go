package main

import (
	"bytes"
	"encoding/json"
)

func indentJSON(b []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, b, "  ", "  "); err != nil {
		return nil, err
	}
	return append([]byte("  "), out.Bytes()...), nil
}
