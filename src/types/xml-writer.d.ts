// Types of xml-writer (the streaming XML writer graphology-gexf and graphology-graphml use), which ships none.
declare module "xml-writer" {
  class XMLWriter {
    /** `indent` pretty-prints; `write` receives every piece of output as soon as it is produced. */
    constructor(indent?: boolean | string, write?: (chunk: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string | number): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    toString(): string;
  }
  export default XMLWriter;
}
