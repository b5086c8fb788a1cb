// Runs only where the published datasets sit beside the project (../shared/datasets).
return new File(sharedDatasets, 'gsm8k/test.jsonl').isFile()
