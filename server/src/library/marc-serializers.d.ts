// The parts of @natlibfi/marc-record-serializers (10.1.x, untyped JavaScript) that the MARC
// import uses: one record's text in, a MarcRecord (plain fields) out.
declare module '@natlibfi/marc-record-serializers' {
  export interface MarcSubfield {
    code: string;
    value?: string;
  }
  export interface MarcField {
    tag: string;
    ind1?: string;
    ind2?: string;
    /** Control fields (00X) only. */
    value?: string;
    subfields?: MarcSubfield[];
  }
  export interface MarcRecordLike {
    leader: string;
    fields: MarcField[];
  }
  export interface ValidationOptions {
    fields?: boolean;
    subfields?: boolean;
    subfieldValues?: boolean;
  }
  /** What the writers call on a record (a MarcRecord has these). */
  export interface WritableRecord extends MarcRecordLike {
    getControlfields(): MarcField[];
    getDatafields(): MarcField[];
  }
  export const ISO2709: {
    from(record: string, validationOptions?: ValidationOptions): MarcRecordLike;
    to(record: WritableRecord): string;
  };
  export const MARCXML: {
    from(record: string, validationOptions?: ValidationOptions): Promise<MarcRecordLike>;
    to(record: WritableRecord, options?: { omitDeclaration?: boolean; indent?: boolean }): string;
  };
}
