package syntax

// Features are 64-bit hashes of a template number and its values, so the
// models need no string tables. mix is the splitmix64 finalizer.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// hashString is FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// feat combines a template number with up to three value hashes. The
// result is never 0, which the weight table uses for empty slots.
func feat(tmpl uint64, a, b, c uint64) uint64 {
	h := mix(tmpl*0x9e3779b97f4a7c15 ^ a)
	h = mix(h ^ b*0xc2b2ae3d27d4eb4f)
	h = mix(h ^ c*0x165667b19e3779f9)
	return h | 1
}
