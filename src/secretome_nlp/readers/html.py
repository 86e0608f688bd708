class HtmlReader:
    name = "html"
    suffixes = (".html",)
    def sniff(self, head): return 0
