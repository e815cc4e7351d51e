import { describe, expect, it } from 'vitest';
import { chooseFormat } from '../../../src/app/export-output.js';
import { UsageError } from '../../../src/errors.js';
import { BLOG_FORMATS, CPD_FORMATS } from '../../../src/exporters/registry.js';

const choose = (format: string | undefined, output: string | undefined) => {
  try {
    return chooseFormat({ format, output }, CPD_FORMATS, 'md');
  } catch (error) {
    return error as UsageError;
  }
};

describe('the -o file name and --format agree, or nothing is written', () => {
  it('takes the format from the name: report.pdf is a PDF, report.htm HTML, notes.txt Markdown', () => {
    expect(choose(undefined, 'report.pdf')).toBe('pdf');
    expect(choose(undefined, 'out/Report.HTM')).toBe('html');
    expect(choose(undefined, 'notes.txt')).toBe('md');
    expect(choose(undefined, 'summary')).toBe('md');
    expect(choose('docx', 'summary')).toBe('docx');
  });

  it('bug: -o report.doc wrote Markdown into report.doc; a format mindlines does not write is refused (exit 2)', () => {
    for (const name of ['report.doc', 'report.odt', 'log.xlsx', 'report.rtf']) {
      const error = choose(undefined, name);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as UsageError).message).toMatch(/does not write \.(doc|odt|xlsx|rtf) files; it writes \.md, \.html, \.json, \.csv, \.docx, \.pdf/);
    }
    expect((choose(undefined, 'report.doc') as UsageError).hint).toMatch(/-o report\.docx/);
  });

  it('refuses a name that says another format than --format, and says both ways out', () => {
    const error = choose('md', 'report.pdf') as UsageError;
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('report.pdf is named for another format than --format md');
    expect(error.hint).toMatch(/-o report\.md, or --format pdf/);
    expect(choose('pdf', 'report.pdf')).toBe('pdf');
  });

  it('refuses an unknown --format, and a blog draft as a PDF', () => {
    expect((choose('rtf', undefined) as UsageError).message).toMatch(/--format "rtf" is not a format mindlines writes/);
    expect(() => chooseFormat({ output: 'post.pdf' }, BLOG_FORMATS, 'md')).toThrow(/does not write \.pdf files; it writes \.md, \.html/);
  });
});
