import { dropPosition, type PosterTemplate, templateProblems } from './poster-template';

const template = (): PosterTemplate => ({
  background: { color: '#fff3e6', image: null },
  avatar: { visible: true, x: 60, y: 1000, size: 120 },
  nickname: { visible: true, x: 200, y: 1040, fontSize: 36, color: '#222222' },
  qr: { x: 470, y: 1040, size: 240 },
});

describe('poster template rules', () => {
  it('accept the default layout', () => {
    expect(templateProblems(template())).toEqual({});
  });

  it('refuse a box that leaves the poster, saying how far it may go', () => {
    const t = template();
    t.qr = { x: 600, y: 1200, size: 240 };
    expect(templateProblems(t)).toEqual({
      'qr.x': { key: 'distributors.poster.range', params: { min: 0, max: 510 } },
      'qr.y': { key: 'distributors.poster.range', params: { min: 0, max: 1094 } },
    });
  });

  it('refuse numbers out of range or not whole, and colours that are not #rrggbb', () => {
    const t = template();
    t.avatar.size = 20;
    t.nickname.fontSize = 12.5;
    t.nickname.color = 'red';
    const problems = templateProblems(t);
    expect(problems['avatar.size']).toEqual({ key: 'distributors.poster.range', params: { min: 40, max: 400 } });
    expect(problems['nickname.fontSize']).toEqual({ key: 'distributors.poster.whole' });
    expect(problems['nickname.color']).toEqual({ key: 'distributors.poster.colourProblem' });
  });

  it('land a dragged box in poster pixels, inside the poster', () => {
    expect(dropPosition(100, 200, 0.4, 120)).toEqual({ x: 250, y: 500 });
    expect(dropPosition(-5, 9999, 0.4, 120)).toEqual({ x: 0, y: 1214 });
  });
});
