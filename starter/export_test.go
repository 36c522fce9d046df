package starter

// WithExamples is YAML with every commented example written as YAML.
func WithExamples(o Options) ([]byte, error) { return write(o, true) }
