import {
  BulbOutlined,
  BuildOutlined,
  CarOutlined,
  DeleteOutlined,
  FireOutlined,
  HeartOutlined,
  HomeOutlined,
  QuestionCircleOutlined,
  SafetyOutlined,
  SoundOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { CategoryIcon as IconName } from '../categories';

/** A lift car with its up and down arrows (antd has no elevator). */
function ElevatorGlyph() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden
    >
      <rect x="4" y="2.5" width="16" height="19" rx="2" />
      <path d="M9 9.5 12 6l3 3.5M9 14.5l3 3.5 3-3.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A paw print (antd has no animal). */
function PawGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor" aria-hidden>
      <ellipse cx="5.5" cy="10" rx="2" ry="2.6" />
      <ellipse cx="9.5" cy="5.5" rx="2" ry="2.7" />
      <ellipse cx="14.5" cy="5.5" rx="2" ry="2.7" />
      <ellipse cx="18.5" cy="10" rx="2" ry="2.6" />
      <path d="M12 11c-3 0-6.5 4.2-6.5 7 0 2 1.6 3 3.3 3 1.3 0 2.1-.7 3.2-.7s1.9.7 3.2.7c1.7 0 3.3-1 3.3-3 0-2.8-3.5-7-6.5-7Z" />
    </svg>
  );
}

const GLYPHS: Record<IconName, { glyph: ReactNode; color: string; background: string }> = {
  light: { glyph: <BulbOutlined />, color: '#d48806', background: '#fffbe6' },
  elevator: { glyph: <ElevatorGlyph />, color: '#1d39c4', background: '#f0f5ff' },
  facility: { glyph: <ToolOutlined />, color: '#08979c', background: '#e6fffb' },
  sanitation: { glyph: <DeleteOutlined />, color: '#389e0d', background: '#f6ffed' },
  fire: { glyph: <FireOutlined />, color: '#cf1322', background: '#fff1f0' },
  security: { glyph: <SafetyOutlined />, color: '#0958d9', background: '#e6f4ff' },
  parking: { glyph: <CarOutlined />, color: '#531dab', background: '#f9f0ff' },
  noise: { glyph: <SoundOutlined />, color: '#c41d7f', background: '#fff0f6' },
  pets: { glyph: <PawGlyph />, color: '#ad6800', background: '#fff7e6' },
  construction: { glyph: <BuildOutlined />, color: '#d4380d', background: '#fff2e8' },
  property: { glyph: <HomeOutlined />, color: '#0958d9', background: '#e6f4ff' },
  neighbour: { glyph: <TeamOutlined />, color: '#389e0d', background: '#f6ffed' },
  elderly: { glyph: <HeartOutlined />, color: '#c41d7f', background: '#fff0f6' },
  other: { glyph: <QuestionCircleOutlined />, color: '#595959', background: '#f5f5f5' },
};

/** The category's picture in a tinted circle; decorative (the tile says the name). */
export function CategoryIcon({ icon, size }: { icon: IconName; size: number }) {
  const { glyph, color, background } = GLYPHS[icon];
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: '50%',
        background,
        color,
        fontSize: Math.round(size * 0.55),
        flex: 'none',
      }}
    >
      {glyph}
    </span>
  );
}
