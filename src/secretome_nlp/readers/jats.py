class JatsReader:
    name = "jats"
    suffixes = (".xml",)
    def sniff(self, head): return 0
