// Constraints and indexes with their full-text analyzer, for /readyz details and the schema test.
SHOW INDEXES YIELD name, type, options
RETURN name, type, options.indexConfig.`fulltext.analyzer` AS analyzer
