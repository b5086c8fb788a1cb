// Writes 1,000 problems and 100,000 samples: 90% prose, 10% programs, every tenth prose answer wrong.
def problems = new File(basedir, 'problems.jsonl')
def samples = new File(basedir, 'samples.jsonl')
problems.withWriter('UTF-8') { out ->
  (0..<1000).each { i -> out << """{"id": "p-${i}", "question": "What is ${i} plus ${i}?", "answer": "${2 * i}"}\n""" }
}
samples.withWriter('UTF-8') { out ->
  (0..<100000).each { n ->
    int i = n % 1000
    if (n % 10 == 9) {
      out << """{"id": "p-${i}", "strategy": "pot", "origin": "student", "iteration": 1, "index": ${n.intdiv(1000)}, "text": "a = ${i}\\nanswer = a + a"}\n"""
    } else {
      int claimed = (n % 10 == 0) ? 2 * i + 1 : 2 * i
      out << """{"id": "p-${i}", "strategy": "cot", "origin": "student", "iteration": 1, "index": ${n.intdiv(1000)}, "text": "1. ${i} + ${i} = ${claimed}.\\nFinal Answer: ${claimed}"}\n"""
    }
  }
}
return true
