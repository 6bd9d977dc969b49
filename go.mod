module github.com/parley-nlp/parley

go 1.26.8
