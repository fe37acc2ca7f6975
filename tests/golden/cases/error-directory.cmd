show examples
