/** Members of the bodies whose votes a dataset records. */
export const BODY_SIZE = { UNGA: 193, UNSC: 15 } as const;
