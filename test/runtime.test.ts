// The suite runs on Node 20 (this machine) and again on Node 24 (GitHub's action runtime):
// scripts/with-node24.mjs sets AKRIDA_EXPECT_NODE_MAJOR so this proves which one ran.
test('runs on the Node.js major it was asked for', () => {
  const expected = process.env.AKRIDA_EXPECT_NODE_MAJOR;
  const major = process.versions.node.split('.')[0];
  expect(major).toBe(expected ?? major);
  expect(Number(major)).toBeGreaterThanOrEqual(20);
});
