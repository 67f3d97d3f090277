import { expect, test } from '@playwright/test';
import { invalidateServerCaches } from './fixtures/env';
import { expectNoAxeViolations, portalDatabase, uniqueSuffix } from './fixtures/portal-data';

test('a reader finds a cluster by its commune in the list, on the map and in the comparison', async ({ page }) => {
  // A long journey through several pages and two roles: room for a loaded 2-core machine.
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const name = `Cụm công nghiệp Xã Mới ${suffix}`;
  const prisma = portalDatabase();
  try {
    const commune = await prisma.commune.create({ data: { name: `Thử nghiệm ${suffix}`, kind: 'XA', formerDistrict: 'Huyện cũ' } });
    await prisma.industrialCluster.create({
      data: {
        name,
        slug: `ccn-xa-moi-${suffix}`,
        communeId: commune.id,
        plannedAreaHa: 30,
        leasedAreaHa: 3,
        status: 'OPERATING',
        latitude: 20.3,
        longitude: 105.95,
        description: { type: 'doc', content: [] },
        published: true,
      },
    });
  } finally {
    await prisma.$disconnect();
  }
  // Written straight to the database: expire the cached lists as an editor's save would.
  await invalidateServerCaches(['clusters', 'communes']);
  const label = `Xã Thử nghiệm ${suffix}`;

  await page.goto('/cum-cong-nghiep');
  await expectNoAxeViolations(page);
  await page.getByLabel('Xã, phường, đặc khu').selectOption({ label });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/[?&]xa=[0-9a-f-]{36}/);
  const table = page.getByRole('table', { name: 'Bảng so sánh cụm công nghiệp' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText(label);
  // Sorting keeps the commune filter.
  await table.getByRole('link', { name: /Xã, phường, đặc khu/ }).click();
  await expect(page).toHaveURL(/sap-xep=xa/);
  await expect(page).toHaveURL(/xa=[0-9a-f-]{36}/);
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.goto('/cum-cong-nghiep/ban-do');
  await page.getByLabel('Xã, phường, đặc khu').selectOption({ label });
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page.getByTestId(`marker-ccn-xa-moi-${suffix}`)).toBeVisible();
  await expect(page.getByTestId('marker-ccn-gian-khau')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/cum-cong-nghiep/so-sanh?c=ccn-xa-moi-${suffix}&c=ccn-gian-khau`);
  const compare = page.getByRole('table', { name: 'So sánh các cụm công nghiệp đã chọn' });
  await expect(compare.getByRole('row', { name: /Xã, phường, đặc khu/ })).toContainText(label);

  await page.goto(`/cum-cong-nghiep/ccn-xa-moi-${suffix}`);
  await expect(page.getByText(`${label} ·`, { exact: false })).toBeVisible();
});
