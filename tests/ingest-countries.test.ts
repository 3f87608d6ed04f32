import { describe, expect, it } from 'vitest';
import { countriesOf, countryOf } from '../pipeline/ingest/countries';

describe('countryOf', () => {
  it('reads the country at the end of an address, as one English name', () => {
    expect(countryOf('Univ Calif San Diego, Dept Cognit Sci, La Jolla, CA 92093 USA.')).toBe('United States');
    expect(countryOf('Shanghai Jiao Tong Univ, Shanghai 200240, Peoples R China.')).toBe('China');
    expect(countryOf("School of Biomedical Engineering, Shanghai, People's Republic of China.")).toBe('China');
    expect(countryOf('UNIV TRONDHEIM,INST THEORET PHYS,N-7034 TRONDHEIM,NORWAY.')).toBe('Norway');
    expect(countryOf('Prirodno Matemat Fak, Sarajevo, Bosnia & Herceg')).toBe('Bosnia and Herzegovina');
    expect(countryOf('Univ Tokyo, 4-6-1 Shirokanedai, Minato-ku, Tokyo, 108-8639 Japan. mdehoon@ims.u-tokyo.ac.jp')).toBe('Japan');
    expect(countryOf('German Cancer Research Center, Heidelberg, Germany. Electronic address: a@b.org.')).toBe('Germany');
    expect(countryOf('Yonsei Univ, Seoul, South Korea')).toBe('South Korea');
    expect(countryOf('Seoul National University, Seoul, Korea, Republic of')).toBe('South Korea');
    expect(countryOf('Univ Sao Paulo, BR-05508 Sao Paulo, Brazil')).toBe('Brazil');
    expect(countryOf('Ecole Polytech, Côte d’Ivoire')).toBe("Côte d'Ivoire");
  });

  it('makes England, Scotland, Wales and Northern Ireland the United Kingdom', () => {
    expect(countryOf('Univ Oxford, Oxford OX1 2JD, England.')).toBe('United Kingdom');
    expect(countryOf('Univ Edinburgh, Edinburgh, Midlothian, Scotland')).toBe('United Kingdom');
    expect(countryOf("Queen's Univ Belfast, Belfast, North Ireland")).toBe('United Kingdom');
    expect(countryOf('Scottish Crop Research Institute, Dundee DD2 5DA, Scotland, UK.')).toBe('United Kingdom');
  });

  it('reads an old WoS US address, a state and ZIP code with no country', () => {
    expect(countryOf('OAK RIDGE NATL LAB,OAK RIDGE,TN 37830.')).toBe('United States');
    expect(countryOf('UNIV COLORADO,BOULDER,CO 80309-0390')).toBe('United States');
  });

  it('keeps states that no longer exist, and guesses nothing', () => {
    expect(countryOf('BORIS KIDRIC INST,ION PHYS LAB,YU-11000 BELGRADE,YUGOSLAVIA.')).toBe('Yugoslavia');
    expect(countryOf('Univ New South Wales, Sydney, New South Wales')).toBeUndefined();
    expect(countryOf('Univ Tokyo, Tokyo')).toBeUndefined();
    expect(countryOf('')).toBeUndefined();
  });

  it('lists the countries of several addresses once each, in order', () => {
    expect(countriesOf(['A, Paris, France.', 'B, Lyon, France', 'C, Basel, Switzerland', 'D, Nowhere'])).toEqual(['France', 'Switzerland']);
  });
});
